"""A local Stripe-compatible server for kpadmin: run it alone, embed it, or test against it.

``kpadmin-sandbox`` (``python -m kpadmin.sandbox``) serves it on
http://127.0.0.1:12111; :class:`kpadmin.sandbox.embedded.EmbeddedSandbox`
runs it in a background thread for ``kpadmin --demo`` and the tests.
"""
