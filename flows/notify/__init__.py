"""What leaves the pipeline for people: alert e-mail delivery over SMTP and the HTML report file.

The messages and the report's markup are composed by pure functions in `extractors.notify`; this
package does the I/O (SMTP, files) and reads the warehouse.

May import: `extractors`, `warehouse`, `flows.settings`, `flows.watch`.
"""
