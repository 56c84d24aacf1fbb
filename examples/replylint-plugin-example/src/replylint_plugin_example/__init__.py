"""An example replylint plugin: one rule, registered through the `replylint.rules` entry point."""
