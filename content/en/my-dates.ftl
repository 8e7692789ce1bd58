# My dates: the reader's own dates for the steps, kept on their device.
# The page works out only the day count and how far away a date is.

my-date-heading = Your date for this step
my-date-label = The date your team gave you
my-date-note-label = A note (optional)
# { $max } is the most characters a note may have.
my-date-note-hint = Up to { $max } characters.
my-date-save = Save my date
my-date-remove = Remove my date
my-date-saved = Your date is saved.
my-date-removed = Your date is removed.
my-date-your-date = Your date:
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = Day { $day }
# { $day } is the day count ("Day −5"), { $when } how far the date is from today ("in 12 days").
my-date-day-and-when = { $day }, { $when }
my-date-today = today
my-date-tomorrow = tomorrow
my-date-yesterday = yesterday
# { $n } is a number of days (2 or more). Where your language's noun changes
# with the number, write a form for each of its plural categories, as Fluent
# does: { $n -> [few] … { $n } … *[other] … { $n } … } (content/ar has an example).
my-date-in-days = in { $n } days
my-date-days-ago = { $n } days ago
my-date-error-prefix = Error:
my-date-error-not-a-date = Enter the whole date: day, month and year.
my-date-error-too-early = Enter a date in the year 2000 or later.
# { $latest } is the latest date the page takes.
my-date-error-too-late = Enter a date no later than { $latest }.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = This is before your date for “{ $step }” ({ $date }), which usually comes first. Check your dates with your team.
my-date-error-after-reinfusion = This is after your date for “{ $step }” ({ $date }), but this step usually comes first. Check your dates with your team.

my-dates-heading = Your dates
my-dates-intro = If your team gives you dates for the steps, you can add each one to its step above. Your dates stay on this device. The page adds no dates of its own.
my-dates-day-count = Once you add the date you get your stem cells back, each date also shows its day count. Transplant teams call that day [[Day 0|day-0]].
my-dates-empty = You have not added any dates yet.
my-dates-download = Download my dates as a calendar file
my-dates-print = Print the timeline with my dates
my-dates-clear = Clear my dates
my-dates-clear-confirm = Clear all your dates? This cannot be undone.
my-dates-clear-yes = Yes, clear my dates
my-dates-clear-no = No, keep my dates
my-dates-cleared = Your dates are cleared.
my-dates-downloaded = Your calendar file is downloaded. Open it to add the dates to your calendar.
my-dates-calendar-name = aHSCT: my dates
my-dates-unreadable = Dates saved earlier in this browser could not be read, so they are kept aside, unchanged. Your new dates are saved apart from them.
my-dates-cannot-save = Your dates cannot be saved on this device, so they last for this visit only. To keep them, download or print them before you leave.
my-dates-changed-elsewhere = Your dates were changed in another tab by a newer version of this page. Those dates are kept as they are, so changes here are not saved.
