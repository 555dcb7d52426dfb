"""A story's page: what is happening, the key developments, the charts, who is involved and who said what.

It opens with the overview (sentences of the articles chosen to say what is happening, each linked to its
span) and the key developments (the events most outlets report), then the timeline and the
cooperation–conflict balance, the actor network and the map of places, who said what, the figures and
where outlets disagree. Everything is computed once per story and store generation and kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from sitroom.render.chart import events_chart, pairs_chart
from sitroom.render.events import TimelineEvent
from sitroom.render.json import brief_to_dict
from sitroom.render.network import actor_network
from sitroom.render.overview import OverviewLine
from sitroom.render.report import Report, build_report
from sitroom.render.world_map import map_places, places_map
from sitroom.store import StoryListing
from sitroom.types import Brief
from sitroom.web.archive import Archive
from sitroom.web.templating import actor_href, page

router = APIRouter()
TOP_ACTORS = 15


@dataclass(frozen=True, slots=True)
class StoryView:
    """What the story page shows, computed once."""

    listing: StoryListing
    report: Report
    overview: tuple[OverviewLine, ...]
    developments: tuple[TimelineEvent, ...]
    timeline_chart: Markup
    pairs_chart: Markup
    network: Markup
    map: Markup


@router.get("/stories/{story}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story: str) -> HTMLResponse:
    archive: Archive = request.app.state.archive
    view = archive.memo(("story-view", story), lambda: _view(archive, story))
    return page(request, "story.html.j2", view=view, top_actors=TOP_ACTORS)


@router.get("/api/stories/{story}", summary="The brief of one story")
def story_brief(request: Request, story: str) -> dict:
    """The Brief JSON (`sitroom.brief/1`) of the story's articles and their copies: the same document
    `sitroom brief --store FILE --story ID --format json` writes."""
    return brief_to_dict(request.app.state.archive.story_brief(story))


def _view(archive: Archive, story: str) -> StoryView:
    brief: Brief = archive.story_brief(story)
    listing = archive.listing(story)
    report = build_report(brief)
    return StoryView(
        listing=listing,
        report=report,
        overview=report.overview.lines,
        developments=report.developments.events,
        network=Markup(actor_network(brief, href=lambda entity: actor_href(entity.name))),
        map=Markup(places_map(map_places(brief, href=lambda entity: actor_href(entity.name)))),
        timeline_chart=Markup(events_chart(report.timeline)),
        pairs_chart=Markup(pairs_chart(report.timeline.pairs)),
    )
