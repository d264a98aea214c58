# plancheck new-year writes plans/2025/...: run the case in a temporary copy.
true
