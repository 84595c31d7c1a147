package org.fashionlab.classify;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRepository extends JpaRepository<Upload, UUID> {

  List<Upload> findTop50ByOrderByCreatedAtDesc();
}
