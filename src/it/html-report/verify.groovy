// The report exists, holds one piano roll and one player per track and the corpus and training charts, and every
// relative link in it resolves; it is attached (installed with classifier immersic-report); the site renders it.
def out = new File(basedir, 'target/immersic')
def report = new File(out, 'report.html')
assert report.isFile() : 'generate writes target/immersic/report.html'
def page = report.getText('UTF-8')
assert page.count('class="chart piano-roll"') == 2 : 'one piano roll a track'
assert page.count('<audio ') == 2 : 'one player a track'
['Files per key', 'Note names', 'Pitches', 'Durations', 'Velocities', 'Chord qualities', 'Loss per epoch'].each {
    assert page.contains('<title>' + it) : "the chart '${it}'"
}
assert page.contains('class="chart line-chart"')
assert page.contains('trained in this build') && page =~ /[0-9,]+ tokens\/s/
assert page.findAll(/(?:src|href)="(?:https?:)?\/\//).isEmpty() : 'nothing is fetched from the network'
def links = (page =~ /(?:src|href)="([^"#][^"]*)"/).collect { it[1] }
assert !links.isEmpty()
links.each { assert new File(out, it).isFile() : "the link ${it} resolves" }

def log = new File(basedir, 'build.log').text
assert log =~ /Wrote .*report\.html \(\d+ ms\)/
def installed = new File(localRepositoryPath, 'io/immersic/it/html-report/1.0/html-report-1.0-immersic-report.html')
assert installed.isFile() : "attached and installed: ${installed}"

def site = new File(basedir, 'target/site/immersic-report.html')
assert site.isFile() : 'mvn site renders the report as a page'
def sitePage = site.getText('UTF-8')
assert sitePage.count('class="chart piano-roll"') == 2
assert sitePage.contains('<title>Note names')
assert !sitePage.contains('${project.url}') : 'the project has no <url>: no link to the literal text'
assert sitePage.contains('href="immersic-report.html"') : "the banner links to the project's own page"
(sitePage =~ /<audio [^>]*src="([^"]+)"/).collect { it[1] }.each {
    assert new File(basedir, 'target/site/' + it).isFile() : "the site's player ${it} resolves"
}
assert !(log =~ /(?m)^\s+at [\w$.]+\(/)
return true
