"""replylint's built-in rules, installed as `replylint_rules` and registered through entry points like any plugin."""
