"""The strategy frame on screen: the Strategy tab and the plan health dock."""
