"""The roadmap timeline: its view and its picture and PDF export."""
