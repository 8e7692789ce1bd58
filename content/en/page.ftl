### The page around the content: header, controls, labels, footer
###
### English (UK) source text of "aHSCT for MS, explained". One text unit a
### message: `key = words`, on one line (a long line is fine; a translator may
### wrap it onto indented lines that follow).
### - Every medical statement comes from content/seed.txt or content/facts.md
###   and keeps their meaning, numbers, dates and hedges ("may", "about").
###   A translation says the same, nothing more (content/style.md).
### - [[words shown|term-id]] marks a glossary term where it is used: translate
###   the words shown, keep the term-id after the | as it is.
### - { $name } is filled in by the page: keep it, move it where your
###   language needs it.

glossary-more = More in the glossary
glossary-about = about
glossary-close = Close
glossary-close-about = the definition of
site-title = aHSCT for MS, explained
site-tagline = Autologous haematopoietic stem cell transplantation (aHSCT): a stem cell treatment for multiple sclerosis, step by step.
skip-link = Skip to main content
notice-link = Not medical advice
notice-line = This information should not be relied on to suggest a course of treatment for any particular person. It is not a substitute for a visit, call or consultation with a doctor or other qualified healthcare professional. It does not replace their advice.
opens-in-new-tab = (opens in a new tab)
contents-heading = Contents
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = The short version
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = Read the short version (about { $minutes } minutes)
short-version-intro = Each part has a link to its full text.
# In the short version, under the questions' part: a link to the full questions section, where the tool is.
short-questions-link = Open the questions, to tick yours and add your own
# { $minutes } is worked out from the words when the page is built.
full-page-link = Read the full page (about { $minutes } minutes)
in-short = In short:
source-word = Source
timeline-label = aHSCT timeline
steps-list-label = All steps
# On a phone the list of steps starts folded behind a button with these words.
steps-list-toggle = List of all steps
# { $n } is the step shown, { $total } the number of steps.
step-count = Step { $n } of { $total }
all-steps-count = All steps, in order
previous = Previous
next = Next
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Previous step
next-button-name = Next step
previous-step = Previous step:
next-step = Next step:
show-all = Show all steps
show-one = Show one step at a time
keys-hint = Tip: you can also use the left and right arrow keys.
medical-name = Medical name:
what-happens = What happens
why = Why
timing = How long it takes
may-notice = What you may notice
picture-heading = Where your stem cells are
marrow = Bone marrow
blood = Blood
store = Freezer
# Under a box of the stem cells' picture that the drawing leaves empty at this step: none of the stem cells are drawn there.
picture-zone-empty = (none shown)
curve-title = Your immune system across the treatment
curve-disclaimer = An illustration of the general pattern, not patient data.
curve-summary = If chemotherapy is used in step 2, white cells may fall for a while. They fall steeply in step 5 and are lowest around and after step 6. New white cells start to appear in step 7, and the whole immune system rebuilds slowly, over many months.
curve-usual = Usual
curve-low = Very low
curve-you-are-here = This step
reviewed = Content last reviewed against our notes from the sources:
next-review = Next review due:
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = The text was last checked against our notes from the sources on { $date }. It has changed since then, and the changes are not yet checked.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = { $publisher } had a clinician check this copy on { $date }.
published-by = Published by
back-to-top = Back to top
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Back to the text
embed-sources = Sources
open-full-page = Open the full page (new tab)
shared-by = Shared by
copy-link = Copy a link to this step
link-copied = Link copied.
copy-link-yourself = Copy this link to share this step:
settings-open = Text size and spacing
settings-text-size = Text size
settings-size-1 = Standard
settings-size-2 = Larger
settings-size-3 = Largest
settings-more-line-spacing = More space between lines
settings-reset = Reset to standard
settings-kept-here = Your choice is kept in this browser only, and nowhere else.
settings-not-kept = This browser is not letting the page keep your choice, so it lasts for this visit only.

## Dates, as the page writes them
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = January
month-alone-2 = February
month-alone-3 = March
month-alone-4 = April
month-alone-5 = May
month-alone-6 = June
month-alone-7 = July
month-alone-8 = August
month-alone-9 = September
month-alone-10 = October
month-alone-11 = November
month-alone-12 = December

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day } { $month } { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1 { $month } { $year }
date-month-year = { $month } { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section.
country-written = { $org } wrote this section on { $date }. It is not part of the explainer's own review.
country-sources-heading = Sources for this section
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source.
country-source-checked = Checked { $date }.

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = aHSCT for MS, explained step by step
# The page's description, for search results and links shared elsewhere.
page-description = A plain-language explainer of autologous haematopoietic stem cell transplantation (aHSCT) for multiple sclerosis, with a step-by-step timeline. General information, not medical advice.
startup-problem = The interactive parts of this page could not start in this browser. Everything is still here to read below.
app-problem = Sorry, something went wrong and this page stopped working.
# A link that reloads the page.
app-problem-reload = Reload the page to try again.

## The languages of the page
# The name of this language, written in the language itself.
language-name = English
# Names the list of links to this page in other languages (for screen readers).
languages-label = This page in other languages
# Under the page, where the reader has more than one language to choose from.
languages-kept = The language you choose at the top of the page is kept in this browser only, and nowhere else.

## Listen: the page read aloud by the device's own voice
listen-page = Listen to this page
listen-part = Listen to this part
listen-step = Listen to this step
listen-short = Listen to the short version
# The name of the group of buttons shown while the page is read aloud.
listen-controls = Read-aloud controls
listen-pause = Pause
listen-resume = Continue
listen-stop = Stop
listen-speed = Reading speed
listen-speed-1 = Slower
listen-speed-2 = Normal
listen-speed-3 = Faster
listen-reading = Reading aloud.
listen-paused = Paused.
listen-finished = Finished reading.
listen-failed = Reading aloud stopped because of a problem with this device's voice. Press Continue to try again.
# Shown where the device has no voice of its own for this language. Name the page's own language.
listen-no-voice = This device has no English voice to read this page aloud.
