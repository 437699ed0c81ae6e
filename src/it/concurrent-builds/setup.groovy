// The second build (a copy of this project in other/) starts now, in the background; Invoker starts this one next.
evaluate(new File(itSources, 'background-build.groovy'))
def other = startBuild(copyProject('other'), ['immersic:generate'])
new File(basedir, 'other.pid').text = other.pid()
return true
