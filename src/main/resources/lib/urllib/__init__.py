"""Ember's urllib package: only urllib.parse is provided."""
