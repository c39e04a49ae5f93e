"""The timeline of a customer or a subscription (its story), shown in both detail panes."""
