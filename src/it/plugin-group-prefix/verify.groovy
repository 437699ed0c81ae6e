def metadata = new File(localRepositoryPath, 'io/immersic/maven-metadata-local.xml')
assert metadata.isFile() : "mvn install wrote no group metadata ($metadata)"
assert metadata.text =~ /(?s)<prefix>immersic<\/prefix>\s*<artifactId>immersic-maven-plugin<\/artifactId>/
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile() : 'immersic:generate did not run by prefix'
def empty = new File(basedir, 'empty')
assert new File(empty, 'target/immersic/tracks/track-1.mid').isFile() : 'immersic:generate wrote nothing in an empty folder'
assert !empty.list().any { it.contains('$') } : "an unresolved project expression became a folder: ${empty.list()}"
return true
