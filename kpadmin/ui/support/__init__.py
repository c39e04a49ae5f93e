"""Support operations on a subscription: one dialog per action, and which actions apply.

- :mod:`actions`: pure logic, which actions a subscription's state allows and why not.
- :mod:`base`: what every action dialog shares (plain-words summary, LIVE confirm,
  one idempotent write, the result).
- one module per action dialog; :mod:`panel` puts their buttons on the Subscriptions tab.
"""
