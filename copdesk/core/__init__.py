"""Pure models and logic: no Qt, no SQL, no I/O."""
