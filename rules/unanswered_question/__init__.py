"""unanswered-question: answer every question the customer asked (see `rule` for the steps)."""

from replylint_rules.unanswered_question.rule import UnansweredQuestion

__all__ = ["UnansweredQuestion"]
