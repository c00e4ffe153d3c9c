"""Training for new staff: the document profile, its summary card, and the quiz."""
