import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.security.MessageDigest
import java.util.zip.ZipInputStream

// Trains the entry once (a background build of this project, waited for), then copies the cache once per case and
// damages the copy.
evaluate(new File(itSources, 'background-build.groovy'))
def training = startBuild(basedir, ['immersic:train'], 'setup-build.log')
assert training.waitFor() == 0 : new File(basedir, 'setup-build.log').text
def entries = new File(basedir, 'shared-cache/models').listFiles().findAll { it.isDirectory() }
assert entries.size() == 1
def key = entries[0].name
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

def damaged = { String name, Closure damage ->
    def entry = new File(basedir, "cache-$name/models/$key")
    entry.mkdirs()
    entries[0].eachFile { Files.copy(it.toPath(), new File(entry, it.name).toPath()) }
    damage(entry)
}
def reseal = { File entry ->
    def manifest = new JsonSlurper().parse(new File(entry, 'manifest.json'))
    ['model.json', 'coefficients.bin'].each {
        byte[] bytes = new File(entry, it).bytes
        manifest.files[it] = [size: bytes.length, sha256: sha256(bytes)]
    }
    new File(entry, 'manifest.json').text = JsonOutput.toJson(manifest)
}
def swapTwoTokens = { File entry ->
    def info = new JsonSlurper().parse(new File(entry, 'model.json'))
    def first = info.vocabulary[5]
    info.vocabulary[5] = info.vocabulary[6]
    info.vocabulary[6] = first
    new File(entry, 'model.json').text = JsonOutput.toJson(info)
}

damaged('weights') { entry ->
    byte[] weights = new File(entry, 'coefficients.bin').bytes
    weights[100] = (byte) (weights[100] ^ 0x40)
    new File(entry, 'coefficients.bin').bytes = weights
}
damaged('truncated') { entry ->
    def file = new File(entry, 'coefficients.bin')
    file.bytes = Arrays.copyOf(file.bytes, (int) (file.length() / 2))
}
damaged('vocabulary', swapTwoTokens)
damaged('resealed') { entry -> swapTwoTokens(entry); reseal(entry) }
damaged('other-key') { entry ->
    // The built-in model's files under this entry's key: a whole, valid model of another fingerprint.
    new ZipInputStream(new File(builtInModel).newInputStream()).withCloseable { zip ->
        def file
        while ((file = zip.nextEntry) != null) { new File(entry, file.name).bytes = zip.readAllBytes() }
    }
}
damaged('serialized') { entry ->
    def payload = new ByteArrayOutputStream()
    new ObjectOutputStream(payload).withCloseable { it.writeObject(new HashSet([new HashSet([new HashSet()])])) }
    new File(entry, 'preprocessor.bin').bytes = payload.toByteArray()
}
damaged('missing') { entry -> new File(entry, 'model.json').delete() }
return true
