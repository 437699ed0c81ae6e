def log = new File(basedir, 'build.log').text
def zip = new File(basedir, 'model.path').text
def line = log.readLines().find { it.contains('The model io.immersic.it:lying:1.0 given as <model> (-Dimmersic.model) cannot be used: ') }
assert line : 'no failure naming the model'
assert line.contains(zip) || line.contains(new File(zip).name) : "the zip is not named: $line"
// With -Xmx1g a 1 GiB entry is over the bound (a quarter of the heap); with a larger heap, the real entry's size or
// hash does not match the claim. Either way the entry is named and the model refused.
assert line.contains('manifest.json gives coefficients.bin an impossible size')
        || line.contains('coefficients.bin does not match its SHA-256 or size in manifest.json') : line
assert line.contains('Nothing of it was loaded') : line
assert log.contains('BUILD FAILURE')
assert !log.contains('OutOfMemoryError') : 'the claimed size was allocated'
// Invoker runs Maven with -e, so Maven prints the failure's own trace; it must be the plugin's clean failure (a
// MojoFailureException raised by the mojo, caused by nothing), not an exception from reading the model. Maven 3.9
// also prints the engine's typed refusal, attached as suppressed (MavenFailure): its frames are the engine's, never
// the model reader's.
assert log.readLines().findAll { it.startsWith('Caused by: ') }.every { it.startsWith('Caused by: org.apache.maven.plugin.MojoFailureException: ') }
assert !log.readLines().any { it.trim().startsWith('at io.immersic.model.') } : 'a stack frame of the model reader'
assert !log.contains('Epoch 1/') && !log.contains('Wrote ') : 'nothing trained or written'
def total = (log =~ /Total time:\s+([\d.]+) s/)
assert total.find() && (total.group(1) as double) < 60 : 'refused quickly, not after reading a gigabyte'
return true
