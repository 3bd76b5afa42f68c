"""A briefing as a slide deck: PowerPoint (python-pptx) or PDF.

A title slide, then one slide per step: the step's map (drawn by
:mod:`geo.staticmap`, or by Chromium when asked), its title and caption, the map's
own legend, and in the speaker notes the step's notes and the sources — the
verbatim sentences and files — of the events it highlights (or, failing that, of
the events in view).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from geo import atomic, snapshot, staticmap
from geo.briefing import Briefing
from geo.snapshot import Spec

SOURCES_PER_SLIDE = 8


def step_sources(spec: Spec, frame: pd.DataFrame) -> list[str]:
    """'file: “quote”' lines for the events a step is about."""
    events = snapshot.view(spec, frame)
    chosen = events[events["event_id"].isin(spec.highlight)] if spec.highlight else events
    lines: list[str] = []
    for _, row in chosen.head(SOURCES_PER_SLIDE).iterrows():
        sources = json.loads(row.get("sources") or "[]") or [
            {"source": row.get("source") or "", "quote": row.get("source_quote") or ""}
        ]
        for s in sources[:2]:
            lines.append(f"{row['event_id']} — {s['source']}: “{s['quote']}”")
    return lines


def _images(briefing: Briefing, frame: pd.DataFrame, folder: Path, renderer: str) -> list[tuple[Spec, Path]]:
    out = []
    for i, step in enumerate(briefing.steps, start=1):
        spec = snapshot.from_step(step, briefing_title=briefing.title, index=i)
        spec = snapshot.Spec(**{**spec.__dict__, "width": 1600, "height": 1000})
        image = folder / f"step-{i:02d}.png"
        if renderer == "chromium":
            snapshot.png(spec, frame, image)
        else:
            staticmap.render(spec, frame, image)
        out.append((spec, image))
    return out


def pptx(
    briefing: Briefing, frame: pd.DataFrame, out: Path, *, renderer: str = "static",
    progress: Callable[[int, int], None] | None = None,
) -> Path:  # fmt: skip
    """Write a .pptx deck (16:9)."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt

    deck = Presentation()
    slide_width, slide_height = Inches(13.333), Inches(7.5)
    deck.slide_width, deck.slide_height = slide_width, slide_height
    blank = deck.slide_layouts[6]
    title_slide = deck.slides.add_slide(deck.slide_layouts[0])
    title_slide.shapes.title.text = briefing.title
    title_slide.placeholders[1].text = briefing.subtitle or f"{len(briefing.steps)} steps · Mali Atlas"
    with tempfile.TemporaryDirectory(prefix="atlas-deck-") as tmp:
        images = _images(briefing, frame, Path(tmp), renderer)
        for n, (spec, image) in enumerate(images, start=1):
            step = briefing.steps[n - 1]
            slide = deck.slides.add_slide(blank)
            head = slide.shapes.add_textbox(Inches(0.4), Inches(0.2), Inches(12.5), Inches(0.7)).text_frame
            head.text = f"{n}. {step.title}"
            head.paragraphs[0].runs[0].font.size = Pt(26)
            head.paragraphs[0].runs[0].font.bold = True
            when = head.add_paragraph()
            when.text = spec.window_label
            when.runs[0].font.size = Pt(13)
            when.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            picture_top = Inches(1.25)
            height = slide_height - picture_top - Inches(1.15)
            pic = slide.shapes.add_picture(str(image), Inches(0.4), picture_top, height=height)
            if pic.width > Inches(12.5):
                ratio = Inches(12.5) / pic.width
                pic.width, pic.height = Inches(12.5), Emu(int(pic.height * ratio))
            pic.left = Emu(int((slide_width - pic.width) / 2))  # centred
            caption = slide.shapes.add_textbox(
                Inches(0.4), slide_height - Inches(1.05), Inches(12.5), Inches(0.9)
            ).text_frame
            caption.word_wrap = True
            caption.text = step.caption
            for run in caption.paragraphs[0].runs:
                run.font.size = Pt(14)
            notes = slide.notes_slide.notes_text_frame
            notes.text = "\n".join(
                [step.notes, "", "Sources:", *step_sources(spec, frame)] if step.notes else
                ["Sources:", *step_sources(spec, frame)]
            )  # fmt: skip
            if progress:
                progress(n, len(images))
        tmp_out = Path(tmp) / "deck.pptx"
        deck.save(str(tmp_out))
        atomic.write_bytes(out, tmp_out.read_bytes())
    return out


def pdf(
    briefing: Briefing, frame: pd.DataFrame, out: Path, *, renderer: str = "static",
    progress: Callable[[int, int], None] | None = None,
) -> Path:  # fmt: skip
    """Write the deck as a PDF: a title page, then one page per step with its map, caption and sources."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.image as mpimg
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with tempfile.TemporaryDirectory(prefix="atlas-deck-") as tmp:
        images = _images(briefing, frame, Path(tmp), renderer)
        tmp_out = Path(tmp) / "deck.pdf"
        with PdfPages(tmp_out) as pages:
            fig = plt.figure(figsize=(13.333, 7.5))
            fig.text(0.06, 0.6, briefing.title, fontsize=30, fontweight="bold", wrap=True)
            fig.text(0.06, 0.5, briefing.subtitle or "Mali Atlas", fontsize=16, color="#444", wrap=True)
            pages.savefig(fig)
            plt.close(fig)
            for n, (spec, image) in enumerate(images, start=1):
                step = briefing.steps[n - 1]
                fig = plt.figure(figsize=(13.333, 7.5))
                ax = fig.add_axes((0.03, 0.2, 0.94, 0.78))
                ax.imshow(mpimg.imread(image))
                ax.set_axis_off()
                fig.text(0.03, 0.16, step.caption, fontsize=12, wrap=True, va="top")
                sources = step_sources(spec, frame)[:4]
                lines = "\n".join(s[:190] for s in sources)
                fig.text(0.03, 0.06, lines, fontsize=6.5, color="#555", va="top")
                pages.savefig(fig)
                plt.close(fig)
                if progress:
                    progress(n, len(images))
        atomic.write_bytes(out, tmp_out.read_bytes())
    return out


def export(briefing: Briefing, frame: pd.DataFrame, out: Path, *, renderer: str = "static") -> Path:
    if out.suffix.lower() == ".pptx":
        return pptx(briefing, frame, out, renderer=renderer)
    if out.suffix.lower() == ".pdf":
        return pdf(briefing, frame, out, renderer=renderer)
    raise ValueError(f"{out.name}: a deck is .pptx or .pdf")
