"""Presenter mode: the audience window, its control bar and the screen choice."""
