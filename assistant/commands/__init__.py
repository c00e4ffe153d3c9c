"""Thin `xhht` subcommands for the training and meeting features (registered in assistant.cli)."""
