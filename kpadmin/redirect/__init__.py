"""Handing the buyer to the browser and noticing when they come back."""
