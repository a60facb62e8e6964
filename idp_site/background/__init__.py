"""Background tasks: work that must not hold a request, queued and run by a worker.

Wagtail queues some of its own work as tasks (django-tasks): purging a CDN when a page
is published or unpublished, updating the reference index, deleting the file of a
removed image or document; the site queues "Sync now" on a bill. In development and in
the tests the tasks run at once, in the request (django-tasks' immediate backend). In
production they are rows of the database queue (django-tasks-db), written in the same
transaction as the change, and run by `manage.py run_tasks`: a CDN that hangs, or an
upstream bill service that is slow, then costs an editor nothing.
"""
