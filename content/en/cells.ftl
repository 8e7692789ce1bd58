### The blood-cell explorer
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

cells-heading = Explore the cells your stem cells make
cells-intro = Choose a cell to see what it is and what aHSCT means for it.
cells-in-ahsct-heading = What aHSCT means for it
cells-show-all = Show all cells as a list
cells-show-one = Show one cell at a time
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = Showing: { $name }
cells-marrow-label = Bone marrow
cells-blood-label = Blood

## Cell: stem-cell
cell-stem-cell-name = Blood-forming stem cell
cell-stem-cell-about-1 = A [[blood-forming stem cell|haematopoietic-stem-cells]] lives mainly in the bone marrow. It can make every type of blood cell.
cell-stem-cell-in-ahsct-1 = In most centres, medicines move these stem cells into the blood, where they are collected. Then they are usually frozen and stored.
cell-stem-cell-in-ahsct-2 = After the chemotherapy, they are given back. They settle in the marrow and rebuild your blood and immune cells.

## Cell: red-cells
cell-red-cells-name = Red cells
cell-red-cells-about-1 = Red cells are one of the kinds of blood cell that the stem cells make.
cell-red-cells-in-ahsct-1 = After high-dose chemotherapy, blood counts can fall very low for a while.
cell-red-cells-in-ahsct-2 = Your team checks your blood often. They may give you a blood transfusion if it is needed.

## Cell: platelets
cell-platelets-name = Platelets
cell-platelets-about-1 = Platelets are another kind of blood cell that the stem cells make.
cell-platelets-in-ahsct-1 = During the chemotherapy, you may bleed or bruise more easily.
cell-platelets-in-ahsct-2 = Your team checks your blood often, and may give transfusions if needed.
cell-platelets-in-ahsct-3 = Some people later develop ITP, a condition with low platelets. At one US centre, from 2003 to 2019, it affected 14% of people treated with a plan including alemtuzumab. With other plans, it affected up to 2.8%.

## Cell: white-cells
cell-white-cells-name = White cells (immune cells)
cell-white-cells-about-1 = White cells are also called immune cells. The stem cells make them too.
cell-white-cells-about-2 = In MS, some immune cells are thought to drive the disease.
cell-white-cells-in-ahsct-1 = The chemotherapy removes all or much of your immune system, including the cells thought to drive MS.
cell-white-cells-in-ahsct-2 = The returned stem cells then rebuild it slowly, over many months. This is called [[immune reconstitution|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = Protection from earlier vaccines fades after treatment. So transplant teams give some vaccines again.

## Cell: neutrophils
cell-neutrophils-name = Neutrophils
cell-neutrophils-about-1 = Neutrophils are white cells that fight infection.
cell-neutrophils-in-ahsct-1 = After the chemotherapy, they fall very low. This is called [[neutropenia|neutropenia]], and the risk of infection is high.
cell-neutrophils-in-ahsct-2 = A fever at this time needs urgent treatment.
cell-neutrophils-in-ahsct-3 = White cells are the first new blood cells to appear again. This is part of [[engraftment|engraftment]].

## Cell: t-cells
cell-t-cells-name = T-cells
cell-t-cells-about-1 = T-cells are a type of immune cell.
cell-t-cells-in-ahsct-1 = Some treatment plans add [[ATG|atg]], an antibody medicine that removes T-cells.
cell-t-cells-in-ahsct-2 = Like other immune cells, they are rebuilt slowly over the months after treatment.
