"""Pure composition of what people read: alert e-mails (subject, plain and HTML bodies) and the
report's charts.

May import: the standard library and `extractors.records`. No I/O, no SQL.
"""
