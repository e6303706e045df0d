"""The Qt user interface: the main window, the board scene, dialogs and panels.

Everything here calls the desk (``copdesk.desk``) for every change and mirrors
what the desk returns; no state is saved from widgets.
"""
