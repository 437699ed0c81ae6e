def metadata = new File(localRepositoryPath, 'io/immersic/maven-metadata-local.xml')
assert metadata.isFile() : "mvn install wrote no group metadata ($metadata)"
assert metadata.text =~ /(?s)<prefix>immersic<\/prefix>\s*<artifactId>immersic-maven-plugin<\/artifactId>/
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile() : 'immersic:generate did not run by prefix'
return true
