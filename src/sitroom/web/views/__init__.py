"""One module per page, each with its JSON twin under ``/api``; ``ROUTERS`` is what the app mounts."""

from sitroom.web.views import actor, adding, article, assets, docs, front, search, story

ROUTERS = (
    front.router,
    story.router,
    actor.router,
    article.router,
    search.router,
    adding.router,
    docs.router,
    assets.router,
)
