### Der Zellen-Entdecker
### Deutsche Übersetzung (Deutschland, Anrede „Sie“) des englischen Originals von
### „aHSCT for MS, explained“. [[angezeigte Wörter|term-id]] und { $name } wie im Original.

cells-heading = Entdecken Sie die Zellen, die Ihre Stammzellen bilden
cells-intro = Wählen Sie eine Zelle aus. Dann sehen Sie, was sie ist und was die aHSZT für sie bedeutet.
cells-in-ahsct-heading = Was die aHSZT für sie bedeutet
cells-show-all = Alle Zellen als Liste zeigen
cells-show-one = Eine Zelle nach der anderen zeigen
# Said to screen readers after a change: { $name } is the cell shown.
cells-showing = Angezeigt: { $name }
cells-marrow-label = Knochenmark
cells-blood-label = Blut

## Cell: stem-cell
cell-stem-cell-name = Blutbildende Stammzelle
cell-stem-cell-about-1 = Eine [[blutbildende Stammzelle|haematopoietic-stem-cells]] lebt vor allem im Knochenmark. Sie kann jede Art von Blutzelle bilden.
cell-stem-cell-in-ahsct-1 = In den meisten Zentren bringen Medikamente diese Stammzellen ins Blut, wo sie gesammelt werden. Dann werden sie meist eingefroren und gelagert.
cell-stem-cell-in-ahsct-2 = Nach der Chemotherapie werden sie Ihnen zurückgegeben. Die Stammzellen siedeln sich im Knochenmark an und bauen Ihre Blut- und Immunzellen wieder auf.

## Cell: red-cells
cell-red-cells-name = Rote Blutkörperchen
cell-red-cells-about-1 = Rote Blutkörperchen sind eine der Arten von Blutzellen, die die Stammzellen bilden.
cell-red-cells-in-ahsct-1 = Nach einer hochdosierten Chemotherapie können die Blutwerte eine Zeit lang sehr stark sinken.
cell-red-cells-in-ahsct-2 = Ihr Team kontrolliert Ihr Blut oft. Wenn nötig, kann es Ihnen eine Bluttransfusion geben.

## Cell: platelets
cell-platelets-name = Blutplättchen
cell-platelets-about-1 = Blutplättchen sind eine weitere Art von Blutzellen, die die Stammzellen bilden.
cell-platelets-in-ahsct-1 = Während der Chemotherapie bekommen Sie vielleicht leichter Blutungen oder blaue Flecken.
cell-platelets-in-ahsct-2 = Ihr Team kontrolliert Ihr Blut oft und kann Ihnen, wenn nötig, Transfusionen geben.
cell-platelets-in-ahsct-3 = Manche Menschen bekommen später eine ITP, eine Erkrankung mit zu wenigen Blutplättchen. In einem US-Zentrum betraf sie 14 % der Menschen, die dort von 2003 bis 2019 nach einem Plan mit Alemtuzumab behandelt wurden. Bei anderen Plänen betraf sie bis zu 2,8 %.

## Cell: white-cells
cell-white-cells-name = Weiße Blutkörperchen (Immunzellen)
cell-white-cells-about-1 = Weiße Blutkörperchen heißen auch Immunzellen. Auch sie werden von den Stammzellen gebildet.
cell-white-cells-about-2 = Man nimmt an, dass bei MS einige Immunzellen die Krankheit antreiben.
cell-white-cells-in-ahsct-1 = Die Chemotherapie entfernt Ihr Immunsystem ganz oder zu einem großen Teil, auch die Zellen, die vermutlich die MS antreiben.
cell-white-cells-in-ahsct-2 = Die zurückgegebenen Stammzellen bauen es dann langsam wieder auf, über viele Monate. Das nennt man [[Immunrekonstitution|immune-reconstitution]].
cell-white-cells-in-ahsct-3 = Nach der Behandlung lässt der Schutz durch frühere Impfungen nach. Deshalb geben Transplantationsteams einige Impfungen noch einmal.

## Cell: neutrophils
cell-neutrophils-name = Neutrophile
cell-neutrophils-about-1 = Neutrophile sind weiße Blutkörperchen, die Infektionen bekämpfen.
cell-neutrophils-in-ahsct-1 = Nach der Chemotherapie sinkt ihre Zahl sehr stark. Das nennt man [[Neutropenie|neutropenia]], und das Infektionsrisiko ist hoch.
cell-neutrophils-in-ahsct-2 = Fieber in dieser Zeit muss dringend behandelt werden.
cell-neutrophils-in-ahsct-3 = Weiße Blutkörperchen sind die ersten neuen Blutzellen, die wieder erscheinen. Das gehört zum [[Anwachsen|engraftment]] der Stammzellen (Engraftment).

## Cell: t-cells
cell-t-cells-name = T-Zellen
cell-t-cells-about-1 = T-Zellen sind eine Art von Immunzellen.
cell-t-cells-in-ahsct-1 = Manche Behandlungspläne nehmen [[ATG|atg]] hinzu, ein Antikörper-Medikament, das T-Zellen entfernt.
cell-t-cells-in-ahsct-2 = Wie andere Immunzellen werden sie in den Monaten nach der Behandlung langsam wieder aufgebaut.
