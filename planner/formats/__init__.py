"""The files a plan is exchanged in: the plan file itself, the Excel workbook, and spreadsheet import."""
