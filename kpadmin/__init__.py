"""kpadmin: a desktop admin for Stripe Billing subscriptions paid with Kakao Pay."""

__version__ = "0.1.0"
