"""The benefit–effort matrix: its scene, view, colours, presentation mode and picture export."""
