"""ASGI middleware in front of the Gradio app: security headers, trusted hosts, and the upload gate.

Gradio's upload route (`/gradio_api/upload`, used by every gr.File) takes files from anyone. The gate
lets an upload through only with the HttpOnly cookie of a live admin session, and counts its files and
bytes against that session's allowance while they stream in. The cookie is set by `POST /xhht/session`
in exchange for the one-time ticket the login event hands to the page (tab_admin.py).
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket

from python_multipart.multipart import parse_options_header
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import cookie_parser
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from index.settings import Settings

from . import tempdir
from .sessions import AdminSessions

log = logging.getLogger(__name__)

SESSION_PATH = "/xhht/session"
TICKET_HEADER = "x-xhht-ticket"
COOKIE = "xhht_admin"
UPLOAD_PATHS = ("/upload", "/upload/", "/process_recording", "/process_recording/")
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
_HOST = re.compile(r"(?:\[(?P<v6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9._-]+))(?::\d{1,5})?")
# Gradio's page runs inline scripts (its config, our head script) and evaluates `js=` handlers (without
# 'unsafe-eval' the page never renders), and its components set inline styles, so those stay allowed; the
# policy's worth is elsewhere: nothing loads from or talks to another origin, no plugins, no framing.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; "
       "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "content-security-policy": CSP,
}
NO_LOGIN = ("Cần đăng nhập bằng mật khẩu quản trị trước khi tải tệp lên; nếu đã đăng nhập từ lâu, hãy tải lại trang "
            "và đăng nhập lại.")
TOO_MANY = ("Đã tải lên quá {n} tệp trong lần đăng nhập này (XHHT_UPLOAD_MAX_FILES); hãy tải lại trang và đăng nhập "
            "lại.")
TOO_BIG = ("Đã tải lên quá {mb:g} MB trong lần đăng nhập này (XHHT_UPLOAD_MAX_MB); hãy tải lại trang và đăng nhập "
           "lại.")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def own_names() -> set[str]:
    """This machine's host name and addresses, so LAN users reach it by IP or name without configuring them."""
    names: set[str] = set()
    try:
        hostname = socket.gethostname()
        names |= {hostname.lower(), socket.getfqdn().lower()}
        names |= {str(info[4][0]).lower() for info in socket.getaddrinfo(hostname, None)}
    except OSError:
        pass
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))  # UDP connect sends nothing; it only picks the outgoing address
            names.add(probe.getsockname()[0])
    except OSError:
        pass
    return names


def trusted_hosts(host: str, settings: Settings) -> frozenset[str] | None:
    """The names a server bound to `host` answers to; None (any) when bound to loopback only."""
    if is_loopback(host):
        return None
    names = {*LOOPBACK_NAMES, *own_names(), *settings.allowed_hosts}
    if host not in ("0.0.0.0", "::", ""):
        names.add(host.lower())
    return frozenset(n.strip("[]") for n in names if n)


def middleware(settings: Settings, host: str, sessions: AdminSessions) -> list[Middleware]:
    """The middleware stack for `app.launch(app_kwargs={"middleware": …})`, outermost first."""
    return [
        Middleware(SecurityHeaders),
        Middleware(TrustedHosts, allowed=trusted_hosts(host, settings)),
        Middleware(UploadGate, sessions=sessions),
    ]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TrustedHosts:
    def __init__(self, app: ASGIApp, allowed: frozenset[str] | None) -> None:
        self.app = app
        self.allowed = allowed

    def _ok(self, scope: Scope) -> tuple[bool, str]:
        raw = (Headers(scope=scope).get("host") or "").strip().lower()
        match = _HOST.fullmatch(raw)
        if match is None:
            return False, raw
        name = match["v6"] or match["name"]
        allowed = self.allowed or frozenset()
        return name in allowed or any(p.startswith("*.") and name.endswith(p[1:]) for p in allowed), name

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allowed is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        ok, name = self._ok(scope)
        if ok:
            await self.app(scope, receive, send)
            return
        log.warning("refused Host %r from %s", name[:100], _client(scope))
        text = (f"Máy chủ không nhận tên '{name[:100]}'. Người quản trị có thể thêm tên này vào XHHT_ALLOWED_HOSTS "
                "rồi khởi động lại.")
        await PlainTextResponse(text, status_code=400)(scope, receive, send)


class UploadGate:
    def __init__(self, app: ASGIApp, sessions: AdminSessions) -> None:
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers = Headers(scope=scope)
        if path == SESSION_PATH:
            await self._session(scope, headers)(scope, receive, send)
            return
        content_type, options = parse_options_header(headers.get("content-type", ""))
        if not ((scope["method"] != "GET" and path.endswith(UPLOAD_PATHS)) or content_type == b"multipart/form-data"):
            await self.app(scope, receive, send)
            return
        token = _cookie(headers)
        left = self.sessions.left(token)
        if left is None:
            log.warning("refused an upload without an admin session from %s", _client(scope))
            await PlainTextResponse(NO_LOGIN, status_code=403)(scope, receive, send)
            return
        tempdir.sweep(tempdir.upload_folder(), self.sessions.ttl_s)
        declared = int(headers.get("content-length", "0")) if headers.get("content-length", "").isdigit() else 0
        refusal = self._refusal("files" if left.files <= 0 else "bytes" if declared > left.bytes else None)
        if refusal is not None:
            log.warning("refused an upload over the session allowance from %s", _client(scope))
            await refusal(scope, receive, send)
            return
        await self._metered(scope, receive, send, token, options.get(b"boundary", b""))

    async def _metered(self, scope: Scope, receive: Receive, send: Send, token: str | None, boundary: bytes) -> None:
        marker = b"--" + boundary + b"\r\n" if boundary else b""
        tail = b""
        over: list[str] = []
        replied = False

        async def counted() -> Message:
            nonlocal tail
            message = await receive()
            if message["type"] == "http.request" and not over:
                body: bytes = message.get("body", b"")
                window = tail + body
                parts = window.count(marker) if marker else 0
                tail = window[-(len(marker) - 1):] if marker else b""
                reason = self.sessions.charge(token, files=parts, nbytes=len(body))
                if reason:
                    over.append(reason)
                    raise _OverAllowance
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal replied
            if over:
                return  # the app's own reply to a cut-off body is replaced by ours
            replied = replied or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except _OverAllowance:
            pass
        if over:
            log.warning("cut off an upload over the session allowance (%s) from %s", over[0], _client(scope))
            if not replied:
                response = self._refusal(over[0]) or PlainTextResponse(NO_LOGIN, status_code=403)
                await response(scope, receive, send)

    def _refusal(self, reason: str | None) -> Response | None:
        if reason == "files":
            return PlainTextResponse(TOO_MANY.format(n=self.sessions.max_files), status_code=429)
        if reason == "bytes":
            return PlainTextResponse(TOO_BIG.format(mb=self.sessions.max_bytes / 1_048_576), status_code=413)
        return None

    def _session(self, scope: Scope, headers: Headers) -> Response:
        if scope["method"] != "POST":
            return PlainTextResponse("", status_code=405)
        token = self.sessions.redeem(headers.get(TICKET_HEADER))
        if token is None:
            log.warning("refused an unknown or used admin ticket from %s", _client(scope))
            return PlainTextResponse(NO_LOGIN, status_code=403)
        response = Response(status_code=204)
        secure = scope.get("scheme") == "https" or headers.get("x-forwarded-proto") == "https"
        response.set_cookie(COOKIE, token, max_age=int(self.sessions.ttl_s), path="/", httponly=True,
                            samesite="strict", secure=secure)
        return response


class _OverAllowance(Exception):
    pass


def _cookie(headers: Headers) -> str | None:
    return cookie_parser(headers.get("cookie", "")).get(COOKIE)


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "?"
