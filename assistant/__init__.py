"""Question in, cited answer out: understand, retrieve, answer, cite."""
