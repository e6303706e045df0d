"""Standalone widgets for the community: members, learning circles, actions, rituals."""
