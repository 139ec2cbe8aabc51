"""Workshop rounds over the room's network: the participant web server and its room. No Qt."""
