import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.util.zip.ZipEntry
import java.util.zip.ZipInputStream
import java.util.zip.ZipOutputStream

// Proves: a model zip whose manifest.json claims a 1 GiB coefficients.bin is refused before anything of that size is
// allocated: the build fails at once, naming the zip and the entry, with no OutOfMemoryError and no stack trace.
// The zip: the built-in model (what the sample project's build attaches; any attached model has this format), its
// entries kept as they are but for the manifest's size of coefficients.bin. It is put into the local repository as
// io.immersic.it:lying:1.0 (as tampered-model-artifact does), since <model> takes coordinates.
def files = [:] // name -> bytes, in the zip's order
new ZipInputStream(new File(builtInModel).newInputStream()).withCloseable { zip ->
    def entry
    while ((entry = zip.nextEntry) != null) { files[entry.name] = zip.readAllBytes() }
}
assert files.keySet() as List == ['manifest.json', 'model.json', 'coefficients.bin']
def manifest = new JsonSlurper().parse(files['manifest.json'])
assert manifest.files['coefficients.bin'].size < (1L << 30)
manifest.files['coefficients.bin'].size = 1L << 30 // 1 GiB; the real entry is about 1 MB
files['manifest.json'] = JsonOutput.toJson(manifest).bytes

def folder = new File(localRepositoryPath, 'io/immersic/it/lying/1.0')
folder.mkdirs()
def zipFile = new File(folder, 'lying-1.0-immersic-model.zip')
new ZipOutputStream(new FileOutputStream(zipFile)).withCloseable { out ->
    files.each { name, bytes -> out.putNextEntry(new ZipEntry(name)); out.write(bytes); out.closeEntry() }
}
new File(basedir, 'model.path').text = zipFile.canonicalPath
return true
