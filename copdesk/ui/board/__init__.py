"""The board: a QGraphicsScene mirroring one session's frames and notes."""
