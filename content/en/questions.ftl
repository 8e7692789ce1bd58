### Questions for your MS team
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

questions-privacy = Your list stays in this browser, on this device. It is never sent anywhere.
questions-suggested-heading = Suggested questions
questions-group-before-deciding = Before deciding
question-likely-to-help = How likely is aHSCT to help me, given my type of MS and my recent [[relapses|relapse]] and MRI results? Do my age and how long I’ve had MS make a difference? How does it compare with the high-efficacy drugs I haven’t tried yet?
question-centre-experience = How many people with MS has your centre treated? Is it accredited by [[JACIE|jacie]], or similar? What are your own rates of complications and deaths?
question-fertility = How could this affect my fertility, or bring on early menopause? Can I be referred for egg, embryo, ovarian tissue or sperm storage before starting?
question-trial-still-open = Is there an aHSCT trial still open that I could join? What would taking part involve?
question-abroad = If I am thinking about treatment abroad, who would look after me afterwards? What would happen if problems came up once I’m home?
question-expectations = What can I realistically expect, given how MS has already affected me? Might my MS stay stable, get somewhat better, or neither?
questions-group-about-the-treatment = About the treatment
question-regimen = Which [[conditioning|conditioning]] treatment does your centre use? Is it more or less intensive, and why that one for me?
question-timeline = What does your timeline look like, from first assessment to going home? How many days or weeks will I spend in hospital?
question-mobilisation = To move my stem cells into the blood, will I have chemotherapy plus [[G-CSF|g-csf]], or G-CSF alone? What side effects should I expect then?
question-current-medicine = Will I need to stop my current MS medicine beforehand? Will I take any MS medicine afterwards?
questions-group-about-recovery = About recovery
question-infections = Which infections am I most at risk of, and for how long? What precautions and medicines will I need at home?
question-monitoring = Which long-term problems will you check for, such as thyroid disease, low platelets or shingles? How often, and for how many years?
question-vaccines = Which vaccines will I need to have again, and when?
question-rehabilitation = What rehabilitation and support will I get? When might I realistically return to work, driving or childcare?
question-not-working = What would count as the treatment ‘not working’? What are my options if my MS becomes active again?
questions-list-heading = Your list
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = Questions in your list: { $n }
# A link from that count down to the list.
questions-go-to-list = Go to your list
questions-empty = Your list is empty. Tick a question above, or add your own below.
questions-move-up = Move up
questions-move-down = Move down
questions-remove = Remove
# Each question shows only Remove; this button shows Move up and Move down for every question, and then finishes.
questions-reorder = Change the order
questions-reorder-done = Finish changing the order
questions-question-word = question
questions-add-label = Add your own question
# { $max } is the most characters a question may have.
questions-add-hint = Up to { $max } characters.
questions-add-button = Add to my list
questions-add-empty-error = Type a question first.
questions-error-prefix = Error:
questions-print = Print my list
questions-copy = Copy my list
questions-clear = Clear my list
questions-clear-confirm = Clear every question from your list? This cannot be undone.
questions-clear-yes = Yes, clear my list
questions-clear-no = No, keep my list
questions-cleared = Your list is cleared.
questions-added = Added to your list.
questions-removed = Removed from your list.
# { $n } is the question's new place in the list.
questions-moved = Moved to place { $n }.
questions-copied = Your list is copied. You can paste it into an email or a note.
questions-copy-yourself = This browser did not let the page copy. Select this text and copy it yourself:
questions-printed-title = Questions for my MS team
questions-unreadable = An earlier list saved in this browser could not be read, so a new list has started. The earlier list is still kept in this browser.
questions-show-earlier = Show the earlier list
questions-earlier-label = The earlier list, as it was saved. You can copy your questions from it:
questions-delete-earlier = Delete the earlier list
questions-cannot-save = Your list cannot be saved on this device, so it lasts for this visit only. To keep it, print or copy it before you leave.
questions-changed-elsewhere = Your list was changed in another tab by a newer version of this page. That list is kept as it is, so changes here are not saved.
