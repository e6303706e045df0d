"""Out-of-process harnesses: real copdesk processes that tests kill on purpose."""
