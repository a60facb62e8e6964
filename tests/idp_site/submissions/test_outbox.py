"""The outbox on its own: a row is queued with its record or not at all, a row without
recipients stays queued and says why, and rows go out oldest first, each once."""

import pytest
from django.core import mail
from django.db import transaction

from idp_site.submissions import notifications
from idp_site.submissions.models import Notification

pytestmark = pytest.mark.django_db


def test_notification_without_recipients_stays_queued():
    with transaction.atomic():
        notifications.queue("test.kind", subject="Subject", body="Body {link}", link="/admin/")
    sent, failed = notifications.send_pending()
    assert (sent, failed) == (0, 1)
    assert notifications.unsent().get().last_error == "LookupError"


def test_queue_is_rolled_back_with_its_record():
    with pytest.raises(RuntimeError), transaction.atomic():
        notifications.queue("test.kind", subject="S", body="B", emails=["a@example.org"])
        raise RuntimeError("the record failed to save")
    assert Notification.objects.count() == 0


def test_rows_go_out_oldest_first_each_once_and_a_missing_recipient_does_not_stop_others():
    with transaction.atomic():
        notifications.queue("a", subject="first", body="B", emails=["a@example.org"])
        notifications.queue("b", subject="nobody", body="B")
        notifications.queue("c", subject="third", body="B", emails=["c@example.org"])
    assert notifications.send_pending() == (2, 1)
    assert notifications.send_pending() == (0, 1)
    assert [m.subject for m in mail.outbox] == ["first", "third"]
