"""What public forms share: protection against abuse and double submits, the staff
notification outbox and its worker, and the no-store answers for pages with a form."""
