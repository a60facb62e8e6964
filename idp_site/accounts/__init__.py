"""Staff accounts: two-step sign-in, the login throttle's client address and the
commands that issue authenticator keys."""
