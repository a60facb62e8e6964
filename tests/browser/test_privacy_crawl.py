"""A reader's browser walks the whole demo site from the home page, following every
same-origin link (bounded), and never contacts another host; pages without a form
that posts set no cookie; no link is broken; no CSP violation is recorded."""

from urllib.parse import urldefrag, urljoin, urlsplit

from tests.browser.checks import assert_no_csp_violation, assert_private

MAX_PAGES = 160  # the demo has grown past 80 pages: reach bills and PDFs too
# Files and feeds are fetched, not opened as pages (a PDF would start a download).
NOT_PAGES = ("/documents/", "/feeds/", "/feed/", ".pdf", ".xml", ".txt")


def same_origin_links(page, origin):
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map((a) => a.href)")
    links = []
    for href in hrefs:
        url, _fragment = urldefrag(urljoin(page.url, href))
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc == origin:
            links.append(url)
    return links


def test_crawl_contacts_no_other_host_and_sets_no_cookie_without_a_form(demo_session):
    session = demo_session(width=1280)
    page, context = session.page, session.context
    origin = urlsplit(session.base_url).netloc
    queue, seen = [session.base_url + "/en/"], set()
    pages, files, broken, cookies = [], [], [], []
    while queue and len(pages) + len(files) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        assert "/admin/" not in urlsplit(url).path, f"a public page links to the admin: {url}"
        context.clear_cookies()
        if any(marker in urlsplit(url).path for marker in NOT_PAGES):
            response = context.request.get(url)
            files.append(url)
            if response.status != 200:
                broken.append(f"{url}: {response.status}")
            if context.cookies():
                cookies.append(f"{url}: {context.cookies()}")
            continue
        response = page.goto(url)
        pages.append(url)
        if response.status != 200:
            broken.append(f"{url}: {response.status}")
        has_form = page.locator("form[method=post]").count() > 0
        names = {cookie["name"] for cookie in context.cookies()}
        if names and not (has_form and names <= {"csrftoken"}):
            cookies.append(f"{url}: {sorted(names)}")
        queue += [link for link in same_origin_links(page, origin) if link not in seen]

    session.settle()
    # The walk reached the site's sections in both languages, and its files.
    paths = {urlsplit(url).path for url in pages}
    for expected in (
        "/en/campaigns/one-day/",
        "/en/reports/promise-of-sanctuary-cities/",
        "/en/stories/",
        "/en/our-work/",
        "/en/get-legal-help/",
        "/es/",
    ):
        assert expected in paths, f"the crawl never reached {expected}: {sorted(paths)}"
    assert any("/campaigns/bills/" in path for path in paths)
    # Files: the feeds (the demo's publications link to their publishers' copies).
    assert any(url.endswith("/feed/") for url in files), files
    assert len(pages) >= 30, f"only {len(pages)} pages reached"
    assert not broken, "broken links:\n" + "\n".join(broken)
    assert not cookies, "cookies set for an anonymous reader:\n" + "\n".join(cookies)
    assert_private(session.privacy, session.csp)
    assert_no_csp_violation(session.csp)
    # Every request the browser made, pages and their assets, went to the live server.
    assert session.privacy.requests
    assert {urlsplit(url).netloc for url in session.privacy.requests} == {origin}
