"""How answers look: layouts, renderers, output."""
