package dev.tiqu.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration as a serializable value, so that executors reach HDFS or
 * object storage with the same file system settings and credentials as the driver.
 *
 * <pre>{@code
 * HadoopSettings s = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
 * FileSystem fs = path.getFileSystem(s.configuration());  // on an executor
 * }</pre>
 */
final class HadoopSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> settings = new HashMap<>();

    HadoopSettings(Configuration conf) {
        for (Map.Entry<String, String> e : conf) {
            settings.put(e.getKey(), e.getValue());
        }
    }

    /** A configuration with exactly the kept settings (no defaults loaded on top). */
    Configuration configuration() {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }
}
