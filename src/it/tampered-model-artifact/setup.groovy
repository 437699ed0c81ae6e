import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.ZipEntry
import java.util.zip.ZipInputStream
import java.util.zip.ZipOutputStream

// Poisoned variants of the built-in model, put into the local repository as io.immersic.it:poisoned:<case>.
def original = new File(builtInModel)
def files = [:]
new ZipInputStream(original.newInputStream()).withCloseable { zip ->
    def entry
    while ((entry = zip.nextEntry) != null) { files[entry.name] = zip.readAllBytes() } // .bytes would close the zip
}
def artifact = { String version ->
    def folder = new File(localRepositoryPath, "io/immersic/it/poisoned/$version")
    folder.mkdirs()
    new File(folder, "poisoned-$version-immersic-model.zip")
}
def zip = { String version, Map entries ->
    new ZipOutputStream(new FileOutputStream(artifact(version))).withCloseable { out ->
        entries.each { name, content ->
            out.putNextEntry(new ZipEntry(name))
            content instanceof Closure ? content(out) : out.write(content)
            out.closeEntry()
        }
    }
}
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

artifact('truncated').bytes = Arrays.copyOf(original.bytes, (int) (original.length() / 2))

def weights = files['coefficients.bin'].clone()
weights[1000] = (byte) (weights[1000] ^ 0x40)
zip('weights', files + ['coefficients.bin': weights])

def info = new JsonSlurper().parse(files['model.json'])
(1..50).each { info.vocabulary << "POS_${700 + it}".toString() }
byte[] longer = JsonOutput.toJson(info).bytes
zip('vocabulary', files + ['model.json': longer])

def manifest = new JsonSlurper().parse(files['manifest.json'])
manifest.files['model.json'] = [size: longer.length, sha256: sha256(longer)]
zip('resealed', ['manifest.json': JsonOutput.toJson(manifest).bytes, 'model.json': longer,
                 'coefficients.bin': files['coefficients.bin']])

def payload = new ByteArrayOutputStream()
new ObjectOutputStream(payload).withCloseable { it.writeObject(new HashSet([new HashSet([new HashSet()])])) }
zip('serialized', ['manifest.json': files['manifest.json'], 'preprocessor.bin': payload.toByteArray()] + files)
zip('dotdot', ['manifest.json': files['manifest.json'], '../../evil.txt': 'pwned'.bytes] + files)
zip('bomb', ['manifest.json': files['manifest.json'], 'model.json': files['model.json'],
             'coefficients.bin': { out -> def zeros = new byte[1 << 20]; 512.times { out.write(zeros) } }])
return true
