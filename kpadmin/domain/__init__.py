"""Qt-free domain facts shared by the app and the sandbox: money, currencies, ids.

Nothing here does I/O or imports Qt; both the app's gateway and the sandbox
depend on this package, and on nothing else of each other.
"""
