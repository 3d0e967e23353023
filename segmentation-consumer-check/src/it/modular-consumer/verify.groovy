// The consumer's build must be free of warnings: no automatic or filename-based modules, no javac lint.
def log = new File(basedir, 'build.log').text
def warnings = log.readLines().findAll { it.contains('[WARNING]') || it.toLowerCase().contains('automodule') }
assert warnings.isEmpty() : "consumer build warned:\n" + warnings.join('\n')
assert log.contains("consumer: anna in 'berliners' = true") : 'the consumer did not run on the module path'
['segmentation-core', 'segmentation-jackson', 'segmentation-predict', 'segmentation-testkit'].each { a ->
    ['sources', 'javadoc'].each { c ->
        assert new File(basedir, "target/attached/${a}-${segmentationVersion}-${c}.jar").isFile() : "no ${a} ${c} jar"
    }
}
// RE2/J is bundled in the core jar, so the core's published POM must not ask for it.
def corePom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(localRepositoryPath,
        "io/segmentation/segmentation-core/${segmentationVersion}/segmentation-core-${segmentationVersion}.pom"))
def children = { node, name -> def list = node.childNodes; (0..<list.length).collect { list.item(it) }.findAll { it.nodeName == name } }
def declared = []
children(corePom.documentElement, 'dependencies').each { deps ->
    children(deps, 'dependency').each { dep -> declared << children(dep, 'artifactId')[0].textContent.trim() }
}
assert declared.contains('guava') : "unexpected core POM dependencies: ${declared}"
assert !declared.contains('re2j') : "the core POM still depends on re2j: ${declared}"
println "consumer check: no warnings, ran on the module path, sources and javadoc jars resolved, core POM without re2j"
return true
